"""Reception and cases: slot rules, appointments, queue tickets, online needs,
social-work cases with their notes and links.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:42:49.756925
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('slot_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start', sa.Time(), nullable=False),
    sa.Column('end', sa.Time(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_slot_rule_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_slot_rule'))
    )
    with op.batch_alter_table('slot_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slot_rule_station_id'), ['station_id'], unique=False)

    op.create_table('ticket_sequence',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_ticket_sequence_station_id_station')),
    sa.PrimaryKeyConstraint('station_id', 'day', name=op.f('pk_ticket_sequence'))
    )
    op.create_table('social_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('opened_by', sa.Integer(), nullable=False),
    sa.Column('plan', sa.JSON(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('goals_met', sa.String(length=16), nullable=False),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('evaluation', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['opened_by'], ['staff.id'], name=op.f('fk_social_case_opened_by_staff')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_social_case_resident_id_resident')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_social_case_station_id_station')),
    sa.ForeignKeyConstraint(['worker_id'], ['staff.id'], name=op.f('fk_social_case_worker_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_case')),
    sa.UniqueConstraint('station_id', 'number', name=op.f('uq_social_case_station_id'))
    )
    with op.batch_alter_table('social_case', schema=None) as batch_op:
        batch_op.create_index('ix_case_station_stage', ['station_id', 'stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_social_case_resident_id'), ['resident_id'], unique=False)

    op.create_table('appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('type_code', sa.String(length=16), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('slot', sa.Time(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('external_ref', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('affair_id', sa.Integer(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_appointment_affair_id_affair')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_appointment_created_by_staff')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_appointment_resident_id_resident')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_appointment_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment')),
    sa.UniqueConstraint('station_id', 'external_ref', name=op.f('uq_appointment_station_id'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index('ix_appointment_station_day', ['station_id', 'day', 'slot'], unique=False)

    op.create_table('case_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('affair_id', sa.Integer(), nullable=True),
    sa.Column('partner_code', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_case_link_affair_id_affair')),
    sa.ForeignKeyConstraint(['case_id'], ['social_case.id'], name=op.f('fk_case_link_case_id_social_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_code'], ['partner.code'], name=op.f('fk_case_link_partner_code_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_link'))
    )
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_link_case_id'), ['case_id'], unique=False)

    op.create_table('case_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['social_case.id'], name=op.f('fk_case_note_case_id_social_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_case_note_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_note'))
    )
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_note_case_id'), ['case_id'], unique=False)

    op.create_table('online_need',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('external_ref', sa.String(length=64), nullable=False),
    sa.Column('posted_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=128), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('affair_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_online_need_affair_id_affair')),
    sa.ForeignKeyConstraint(['decided_by'], ['staff.id'], name=op.f('fk_online_need_decided_by_staff')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_online_need_resident_id_resident')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_online_need_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_online_need')),
    sa.UniqueConstraint('station_id', 'external_ref', name=op.f('uq_online_need_station_id'))
    )
    with op.batch_alter_table('online_need', schema=None) as batch_op:
        batch_op.create_index('ix_online_need_station_state', ['station_id', 'state'], unique=False)

    op.create_table('ticket',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.Column('priority_reason', sa.String(length=16), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=True),
    sa.Column('called_by', sa.Integer(), nullable=True),
    sa.Column('desk', sa.String(length=32), nullable=False),
    sa.Column('calls', sa.Integer(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_ticket_appointment_id_appointment')),
    sa.ForeignKeyConstraint(['called_by'], ['staff.id'], name=op.f('fk_ticket_called_by_staff')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_ticket_resident_id_resident')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_ticket_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket')),
    sa.UniqueConstraint('station_id', 'day', 'number', name=op.f('uq_ticket_station_id'))
    )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_station_day_state', ['station_id', 'day', 'state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_station_day_state')

    op.drop_table('ticket')
    with op.batch_alter_table('online_need', schema=None) as batch_op:
        batch_op.drop_index('ix_online_need_station_state')

    op.drop_table('online_need')
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_note_case_id'))

    op.drop_table('case_note')
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_link_case_id'))

    op.drop_table('case_link')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_station_day')
        batch_op.drop_index(batch_op.f('ix_appointment_resident_id'))

    op.drop_table('appointment')
    with op.batch_alter_table('social_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_social_case_resident_id'))
        batch_op.drop_index('ix_case_station_stage')

    op.drop_table('social_case')
    op.drop_table('ticket_sequence')
    with op.batch_alter_table('slot_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slot_rule_station_id'))

    op.drop_table('slot_rule')
