BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5i,1v;5i"
});
