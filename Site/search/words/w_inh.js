BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7x",
"inhumane":"5s,1z"
});
