BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7w",
"inhumane":"5s,1y"
});
