BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,l,2p,z,b;3p,2p",
"putschiste":"3k,46",
"putting":"7d"
});
