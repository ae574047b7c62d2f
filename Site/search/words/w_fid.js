BRIEFINGS_SEARCH_WORDS("fid",{
"fideles":"1b"
});
