BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,29,l,2o,w,b;3q,2o",
"putschiste":"3l,42",
"putting":"7a"
});
