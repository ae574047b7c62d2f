BRIEFINGS_SEARCH_WORDS("inv",{
"invitation":"2w",
"invitations":"3m,44;3m",
"invited":"7c",
"invitee":"2w",
"involved":"7o",
"invoquant":"19"
});
