BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,l,2p,w,b;3p,2p",
"putschiste":"3k,43",
"putting":"7a"
});
