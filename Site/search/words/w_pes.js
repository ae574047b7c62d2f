BRIEFINGS_SEARCH_WORDS("pes",{
"pese":"38",
"pesera":"38",
"peskov":"w,3p,1f,1n,6;w,3p"
});
