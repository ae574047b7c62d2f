BRIEFINGS_SEARCH_WORDS("who",{
"who":"2b,1k,2,11,o,o,1d,4,3;6a",
"whole":"4y,2w",
"whose":"4h,3e,4"
});
