BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2w",
"invitations":"3n,4b;3n",
"invited":"7k",
"invitee":"2w",
"involved":"7w",
"invoquant":"19"
});
