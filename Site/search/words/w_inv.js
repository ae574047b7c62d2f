BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2w",
"invitations":"3n,4c;3n",
"invited":"7l",
"invitee":"2w",
"involved":"7x",
"invoquant":"19"
});
