BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7v",
"inhumane":"5s,1x"
});
