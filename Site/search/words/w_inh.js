BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7j",
"inhumane":"5n,1q"
});
