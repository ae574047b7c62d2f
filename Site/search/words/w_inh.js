BRIEFINGS_SEARCH_WORDS("inh",{
"inhabitants":"7k",
"inhumane":"5k,1u"
});
