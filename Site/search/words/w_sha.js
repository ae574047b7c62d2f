BRIEFINGS_SEARCH_WORDS("sha",{
"sham":"4,1b,12,q,2,t,3g,1;1f",
"sharara":"2",
"sharply":"7j"
});
