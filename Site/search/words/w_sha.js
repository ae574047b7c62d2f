BRIEFINGS_SEARCH_WORDS("sha",{
"sham":"4,1b,13,1c,2,t,3f,1;1f",
"sharara":"2",
"sharply":"85"
});
