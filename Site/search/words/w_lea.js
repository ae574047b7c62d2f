BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1e,m",
"leaders":"30,p,2o,y,b;3p,2o",
"league":"1x",
"least":"4a,34,6;4a",
"leave":"6c,9,p,1;6c",
"leaving":"7b"
});
