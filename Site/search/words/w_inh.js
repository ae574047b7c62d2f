BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7m",
"inhumane":"5n,1t"
});
