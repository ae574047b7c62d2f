BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2w",
"invitations":"3m,41;3m",
"invited":"79",
"invitee":"2w",
"involved":"7l",
"invoquant":"19"
});
