BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1e,m",
"leaders":"30,q,2z,z,b;3q,2z",
"league":"1x",
"least":"4g,3b,6;4g",
"leave":"6o,9,q,1;6o",
"leaving":"7o"
});
