BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"85",
"inhumane":"69,1q"
});
