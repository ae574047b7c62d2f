BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1e,m",
"leaders":"30,p,2q,y,b;3p,2q",
"league":"1x",
"least":"4a,36,6;4a",
"leave":"6e,9,p,1;6e",
"leaving":"7d"
});
