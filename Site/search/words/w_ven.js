BRIEFINGS_SEARCH_WORDS("ven",{
"vendredi":"63,4,a,4,2,k,1,d,1,3,1",
"venues":"i"
});
