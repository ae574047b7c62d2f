BRIEFINGS_SEARCH_WORDS("pes",{
"pese":"38",
"pesera":"38",
"peskov":"w,3q,1f,1p,6;w,3q"
});
