package com.tandem.server.activity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a back-office page of the activity feature, so that {@link ActivityPageAdvice} answers its
 * lost write races (the feature's REST API answers them as problem details instead).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ActivityPage {}
