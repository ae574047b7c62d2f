BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2x",
"invitations":"49,40;49",
"invited":"7v",
"invitee":"2x",
"involved":"87",
"invoquant":"19"
});
