BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1f,m",
"leaders":"31,p,2m,y,b;3q",
"league":"1x",
"least":"4b,32,6;4b",
"leave":"6e,9,m,1;6e",
"leaving":"7a"
});
