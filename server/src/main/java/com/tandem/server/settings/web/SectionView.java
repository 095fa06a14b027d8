package com.tandem.server.settings.web;

import java.util.List;

/** A titled group of fields of a Microsoft Settings page (a fieldset with its legend). */
record SectionView(String legend, List<FieldView> fields) {}
