BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1f,m",
"leaders":"31,p,2n,y,b;3q",
"league":"1x",
"least":"4b,33,6;4b",
"leave":"6f,a,l,1;6f",
"leaving":"7b"
});
