BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2w",
"invitations":"3m,42;3m",
"invited":"7a",
"invitee":"2w",
"involved":"7m",
"invoquant":"19"
});
