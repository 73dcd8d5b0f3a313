"""Back office: dispatch legs, call-ins, certificates, full agency custody,
grid areas and home visits; affair columns for urging, telling and rating.

Existing affairs get defaults for the new NOT NULL columns.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:29:11.621284
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('certificate_sequence',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_certificate_sequence_station_id_station')),
    sa.PrimaryKeyConstraint('station_id', 'year', name=op.f('pk_certificate_sequence'))
    )
    op.create_table('grid_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_grid_area_staff_id_staff')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_grid_area_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid_area')),
    sa.UniqueConstraint('station_id', 'name', name=op.f('uq_grid_area_station_id'))
    )
    op.create_table('grid_block',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('building', sa.String(length=16), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grid_area.id'], name=op.f('fk_grid_block_grid_id_grid_area'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_grid_block_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid_block')),
    sa.UniqueConstraint('station_id', 'building', 'unit', name=op.f('uq_grid_block_station_id'))
    )
    with op.batch_alter_table('grid_block', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grid_block_grid_id'), ['grid_id'], unique=False)

    op.create_table('agency_authorisation',
    sa.Column('affair_id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('authorised_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_agency_authorisation_affair_id_affair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], name=op.f('fk_agency_authorisation_recorded_by_staff')),
    sa.PrimaryKeyConstraint('affair_id', name=op.f('pk_agency_authorisation'))
    )
    op.create_table('call_in',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('affair_id', sa.Integer(), nullable=False),
    sa.Column('partner_code', sa.String(length=16), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=False),
    sa.Column('called_by', sa.Integer(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_call_in_affair_id_affair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['called_by'], ['staff.id'], name=op.f('fk_call_in_called_by_staff')),
    sa.ForeignKeyConstraint(['partner_code'], ['partner.code'], name=op.f('fk_call_in_partner_code_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_in'))
    )
    with op.batch_alter_table('call_in', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_in_affair_id'), ['affair_id'], unique=False)

    op.create_table('certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('affair_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('type_code', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=64), nullable=False),
    sa.Column('paragraphs', sa.JSON(), nullable=False),
    sa.Column('resident_name', sa.String(length=64), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.Integer(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('voided_by', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_certificate_affair_id_affair')),
    sa.ForeignKeyConstraint(['issued_by'], ['staff.id'], name=op.f('fk_certificate_issued_by_staff')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_certificate_resident_id_resident')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_certificate_station_id_station')),
    sa.ForeignKeyConstraint(['voided_by'], ['staff.id'], name=op.f('fk_certificate_voided_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('number', name=op.f('uq_certificate_number'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_affair_id'), ['affair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index('ix_certificate_station_issued', ['station_id', 'issued_at'], unique=False)

    op.create_table('custody_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('affair_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('taken_by', sa.Integer(), nullable=False),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('returned_by', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_custody_item_affair_id_affair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['returned_by'], ['staff.id'], name=op.f('fk_custody_item_returned_by_staff')),
    sa.ForeignKeyConstraint(['taken_by'], ['staff.id'], name=op.f('fk_custody_item_taken_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_item'))
    )
    with op.batch_alter_table('custody_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_item_affair_id'), ['affair_id'], unique=False)

    op.create_table('dispatch_leg',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('affair_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('partner_code', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('request', sa.Text(), nullable=False),
    sa.Column('dispatched_at', sa.DateTime(), nullable=False),
    sa.Column('dispatched_by', sa.Integer(), nullable=False),
    sa.Column('urge_count', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('result', sa.String(length=24), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('feedback_at', sa.DateTime(), nullable=True),
    sa.Column('feedback_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_dispatch_leg_affair_id_affair'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dispatched_by'], ['staff.id'], name=op.f('fk_dispatch_leg_dispatched_by_staff')),
    sa.ForeignKeyConstraint(['feedback_by'], ['staff.id'], name=op.f('fk_dispatch_leg_feedback_by_staff')),
    sa.ForeignKeyConstraint(['partner_code'], ['partner.code'], name=op.f('fk_dispatch_leg_partner_code_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispatch_leg'))
    )
    with op.batch_alter_table('dispatch_leg', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispatch_leg_affair_id'), ['affair_id'], unique=False)
        batch_op.create_index('ix_dispatch_leg_partner_state', ['partner_code', 'state'], unique=False)

    op.create_table('home_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('affair_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_home_visit_affair_id_affair')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_home_visit_created_by_staff')),
    sa.ForeignKeyConstraint(['grid_id'], ['grid_area.id'], name=op.f('fk_home_visit_grid_id_grid_area')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_home_visit_household_id_household')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_home_visit_resident_id_resident')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_home_visit_staff_id_staff')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_home_visit_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_visit'))
    )
    with op.batch_alter_table('home_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_home_visit_affair_id'), ['affair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_home_visit_grid_id'), ['grid_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_home_visit_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index('ix_home_visit_station_state', ['station_id', 'state', 'planned_on'], unique=False)

    op.create_table('home_visit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('affair_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['affair_id'], ['affair.id'], name=op.f('fk_home_visit_log_affair_id_affair')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_home_visit_log_staff_id_staff')),
    sa.ForeignKeyConstraint(['visit_id'], ['home_visit.id'], name=op.f('fk_home_visit_log_visit_id_home_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_visit_log'))
    )
    with op.batch_alter_table('home_visit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_home_visit_log_visit_id'), ['visit_id'], unique=False)

    with op.batch_alter_table('affair', schema=None) as batch_op:
        batch_op.add_column(sa.Column('urgent', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('urgent_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('urge_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('last_urged_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('phone_consent', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('notified_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('notify_method', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('satisfaction', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('satisfaction_comment', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('no_rating_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reopen_count', sa.Integer(), nullable=False, server_default='0'))



def downgrade() -> None:
    with op.batch_alter_table('affair', schema=None) as batch_op:
        batch_op.drop_column('reopen_count')
        batch_op.drop_column('no_rating_reason')
        batch_op.drop_column('satisfaction_comment')
        batch_op.drop_column('satisfaction')
        batch_op.drop_column('notify_method')
        batch_op.drop_column('notified_at')
        batch_op.drop_column('phone_consent')
        batch_op.drop_column('last_urged_at')
        batch_op.drop_column('urge_count')
        batch_op.drop_column('urgent_at')
        batch_op.drop_column('urgent')

    with op.batch_alter_table('home_visit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_home_visit_log_visit_id'))

    op.drop_table('home_visit_log')
    with op.batch_alter_table('home_visit', schema=None) as batch_op:
        batch_op.drop_index('ix_home_visit_station_state')
        batch_op.drop_index(batch_op.f('ix_home_visit_resident_id'))
        batch_op.drop_index(batch_op.f('ix_home_visit_grid_id'))
        batch_op.drop_index(batch_op.f('ix_home_visit_affair_id'))

    op.drop_table('home_visit')
    with op.batch_alter_table('dispatch_leg', schema=None) as batch_op:
        batch_op.drop_index('ix_dispatch_leg_partner_state')
        batch_op.drop_index(batch_op.f('ix_dispatch_leg_affair_id'))

    op.drop_table('dispatch_leg')
    with op.batch_alter_table('custody_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_item_affair_id'))

    op.drop_table('custody_item')
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index('ix_certificate_station_issued')
        batch_op.drop_index(batch_op.f('ix_certificate_resident_id'))
        batch_op.drop_index(batch_op.f('ix_certificate_affair_id'))

    op.drop_table('certificate')
    with op.batch_alter_table('call_in', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_in_affair_id'))

    op.drop_table('call_in')
    op.drop_table('agency_authorisation')
    with op.batch_alter_table('grid_block', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grid_block_grid_id'))

    op.drop_table('grid_block')
    op.drop_table('grid_area')
    op.drop_table('certificate_sequence')
