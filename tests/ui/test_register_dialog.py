from app.services import residents
from app.ui.register_dialog import RegisterResidentDialog


def fill(dialog, **values):
    for name, value in values.items():
        getattr(dialog, name).setText(value)


def test_register_shows_derived_data_and_saves(qtbot, desk):
    dialog = RegisterResidentDialog(desk.ctx, "孙志强", desk)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "孙志强"
    fill(dialog, id_number="110102195501010036", phone="13711112222", building="9", unit="1", room="402")
    assert "1955-01-01" in dialog.derived.text() and "男" in dialog.derived.text()
    dialog._save()
    assert dialog.result_resident is not None and dialog.result() == RegisterResidentDialog.DialogCode.Accepted
    assert residents.search(desk.ctx, "szq")[0].name == "孙志强"


def test_invalid_id_is_explained_and_nothing_saved(qtbot, desk):
    dialog = RegisterResidentDialog(desk.ctx, "110102195501010035", desk)
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == "110102195501010035"
    fill(dialog, name="孙志强")
    assert "校验位" in dialog.derived.text()
    dialog._save()
    assert dialog.result_resident is None and "校验位" in dialog.message.text()
    assert residents.search(desk.ctx, "孙志强") == []


def test_duplicate_offers_the_existing_record(qtbot, desk):
    dialog = RegisterResidentDialog(desk.ctx, "张秀兰", desk)
    qtbot.addWidget(dialog)
    fill(dialog, id_number="110102193804120022")
    dialog._save()
    assert dialog.existing_id == residents.search(desk.ctx, "张秀兰")[0].id
    assert not dialog.use_existing.isHidden() and "已登记" in dialog.message.text()
