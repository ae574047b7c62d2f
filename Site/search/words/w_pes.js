BRIEFINGS_SEARCH_WORDS("pes",{
"pese":"39",
"pesera":"39",
"peskov":"w,3n,1c,1h,6;w,3n"
});
