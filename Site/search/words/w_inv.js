BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2w",
"invitations":"3n,4e;3n",
"invited":"7n",
"invitee":"2w",
"involved":"7z",
"invoquant":"19"
});
