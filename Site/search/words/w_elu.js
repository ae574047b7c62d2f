BRIEFINGS_SEARCH_WORDS("elu",{
"elu":"3,2,4,d,9",
"elue":"m"
});
