BRIEFINGS_SEARCH_WORDS("pes",{
"pese":"38",
"pesera":"38",
"peskov":"w,3m,1d,1h,6;w,3m"
});
