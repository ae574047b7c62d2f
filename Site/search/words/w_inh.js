BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7k",
"inhumane":"5o,1q"
});
