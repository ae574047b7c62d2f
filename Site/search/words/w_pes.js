BRIEFINGS_SEARCH_WORDS("pes",{
"pese":"3v",
"pesera":"3v",
"peskov":"w,49,1c,1h,6;w,49"
});
