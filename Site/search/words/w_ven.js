BRIEFINGS_SEARCH_WORDS("ven",{
"vendredi":"6j,4,6,4,2,g,1,d,1,3,1;6x",
"venues":"i"
});
