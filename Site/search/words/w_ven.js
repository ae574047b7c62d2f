BRIEFINGS_SEARCH_WORDS("ven",{
"vendredi":"5x,4,6,4,2,g,1,d,1,3,1;6b",
"venues":"i"
});
