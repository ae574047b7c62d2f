BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,29,17,2o,w,b;4c,2o",
"putschiste":"47,42",
"putting":"7w"
});
