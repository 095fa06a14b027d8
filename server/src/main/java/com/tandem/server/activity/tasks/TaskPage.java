package com.tandem.server.activity.tasks;

import com.tandem.server.activity.ActivityPage;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.ProblemMessages;
import com.tandem.server.activity.StaleVersionException;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.NotFoundException;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's task list and the task form. */
@Controller
@ActivityPage
class TaskPage {

  private static final String FORM = "activity/task-form";

  private final Tasks tasks;
  private final ProblemMessages messages;

  TaskPage(Tasks tasks, ProblemMessages messages) {
    this.tasks = tasks;
    this.messages = messages;
  }

  @GetMapping("/my/tasks")
  String list(
      @AuthenticationPrincipal SignedInUser me,
      @RequestParam(required = false) String status,
      Model model) {
    TaskStatus only = null;
    for (TaskStatus s : TaskStatus.values()) {
      if (s.name().equals(status)) {
        only = s;
      }
    }
    model.addAttribute("tasks", tasks.list(me.actor().userId(), only, 0, 500));
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute("status", only);
    return "activity/tasks";
  }

  @GetMapping("/my/tasks/new")
  String newTask(Model model) {
    return form(model, TaskForm.blank(), null, Map.of());
  }

  @PostMapping("/my/tasks")
  String create(
      @AuthenticationPrincipal SignedInUser me,
      @ModelAttribute TaskForm form,
      Model model,
      Locale locale) {
    try {
      tasks.create(me.actor().userId(), form.toFields(null), Origin.CRM);
      return "redirect:/my/tasks";
    } catch (InvalidActivityException e) {
      return form(model, form, null, messages.byField(e, locale));
    }
  }

  @GetMapping("/my/tasks/{id}/edit")
  String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, Model model) {
    Task task = existing(me, id);
    return form(model, TaskForm.of(task), task, Map.of());
  }

  @PostMapping("/my/tasks/{id}")
  String update(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable String id,
      @ModelAttribute TaskForm form,
      Model model,
      Locale locale) {
    Task task = existing(me, id);
    try {
      tasks
          .update(
              me.actor().userId(),
              id,
              form.toFields(task.fields().completedAt()),
              Origin.CRM,
              form.version())
          .orElseThrow(() -> new NotFoundException("No such task."));
      return "redirect:/my/tasks";
    } catch (InvalidActivityException e) {
      return form(model, form, task, messages.byField(e, locale));
    } catch (StaleVersionException e) {
      model.addAttribute("stale", true);
      Task now = existing(me, id);
      return form(model, TaskForm.of(now), now, Map.of());
    }
  }

  @PostMapping("/my/tasks/{id}/close")
  String close(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
    Task task = existing(me, id);
    tasks.update(
        me.actor().userId(),
        id,
        task.fields().withStatus(TaskStatus.CLOSED),
        Origin.CRM,
        task.version());
    return "redirect:/my/tasks";
  }

  @PostMapping("/my/tasks/{id}/delete")
  String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
    existing(me, id);
    tasks.delete(me.actor().userId(), id, Origin.CRM, null);
    return "redirect:/my/tasks";
  }

  private String form(Model model, TaskForm form, Task task, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("task", task);
    model.addAttribute("errors", errors);
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute("priorities", TaskPriority.values());
    return FORM;
  }

  private Task existing(SignedInUser me, String id) {
    return tasks
        .find(me.actor().userId(), id)
        .orElseThrow(() -> new NotFoundException("No such task."));
  }
}
