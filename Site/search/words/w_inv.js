BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2x",
"invitations":"3n,40;3n",
"invited":"79",
"invitee":"2x",
"involved":"7l",
"invoquant":"19"
});
