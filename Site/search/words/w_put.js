BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,m,2y,10,b;3q,2y",
"putschiste":"3l,4g",
"putting":"7o"
});
