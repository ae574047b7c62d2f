BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1e,m",
"leaders":"30,p,2n,y,b;3p",
"league":"1x",
"least":"4a,33,6;4a",
"leave":"6e,a,l,1;6e",
"leaving":"7a"
});
