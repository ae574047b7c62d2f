BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5i,1y;5i"
});
