BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2w",
"invitations":"3n,4d;3n",
"invited":"7m",
"invitee":"2w",
"involved":"7y",
"invoquant":"19"
});
