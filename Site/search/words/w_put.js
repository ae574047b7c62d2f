BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,m,2w,z,b;3q,2w",
"putschiste":"3l,4d",
"putting":"7l"
});
