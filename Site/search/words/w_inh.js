BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7u",
"inhumane":"5r,1x"
});
