BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"79",
"petrole":"2,p,1h,1q,3r;r",
"petroliere":"r",
"petrolieres":"7p",
"petroliers":"1v,d,5h",
"petsas":"2q,3r,w;2q,3r"
});
