BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2x",
"invitations":"3n,41;3n",
"invited":"7a",
"invitee":"2x",
"involved":"7m",
"invoquant":"19"
});
