BRIEFINGS_SEARCH_WORDS("ven",{
"vendredi":"62,3,a,4,2,k,d,1,3,1",
"venues":"i"
});
